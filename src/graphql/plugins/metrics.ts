import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from '../../observability/metrics';

/** Counts and times every GraphQL request into the process's metrics. */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const stopTimer = metrics.graphqlRequests.startTimer();
      return {
        async willSendResponse({ errors, response }) {
          const failed =
            (errors?.length ?? 0) > 0 ||
            (response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0);
          stopTimer({ outcome: failed ? 'error' : 'ok' });
        },
      };
    },
  };
}
