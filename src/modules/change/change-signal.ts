import { EventEmitter } from 'node:events';

// A wake-up within this process after a transaction that wrote changes committed: the change feed then reads the
// log by cursor (change-feed.ts). Other processes wake by LISTEN/NOTIFY (PostgreSQL) or by polling (SQLite).
const signal = new EventEmitter();
signal.setMaxListeners(0);

export function announceChanges(): void {
  signal.emit('committed');
}

export function onChangesCommitted(listener: () => void): () => void {
  signal.on('committed', listener);
  return () => signal.off('committed', listener);
}
