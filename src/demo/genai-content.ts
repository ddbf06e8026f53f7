import { intBetween, pick } from './random';

// What the demo's GenAI conversations are about, shared by the row builder (tests, benchmark) and the Scale records
// the demo imports.

export const PROMPTS = [
  'How do I reset my router without losing the port forwarding rules?',
  'Summarise the attached refund policy in three bullet points.',
  'Write a polite reply to a customer whose order arrived damaged.',
  'Explain the difference between a warranty and a guarantee.',
  'Translate "your parcel is on its way" into German and French.',
];
export const ANSWERS = [
  'Export the configuration first, then hold the reset button for ten seconds and re-import it.',
  'Refunds within 30 days; original payment method; shipping costs are not refunded.',
  'We are sorry your order arrived damaged. A replacement is on its way at no cost to you.',
  'A guarantee is a promise about quality; a warranty is a written promise to repair or replace.',
  'German: "Ihr Paket ist unterwegs." French: "Votre colis est en route."',
];

export type Question = {
  key: string;
  type: string;
  title: string;
  description: string;
  labels: string[];
  possible: unknown;
  value: () => unknown;
};

export function questions(random: () => number): Question[] {
  return [
    {
      key: 'formatting',
      type: 'integer',
      title: 'Response Formatting',
      description: 'Does the response contain issues with formatting?',
      labels: ['Major Issues', 'Minor Issues', 'No Issues'],
      possible: [[1, 2, 3]],
      value: () => intBetween(random, 1, 3),
    },
    {
      key: 'helpfulness',
      type: 'category',
      title: 'Helpfulness',
      description: 'How helpful is the response?',
      labels: ['Not helpful', 'Somewhat helpful', 'Very helpful'],
      possible: ['not_helpful', 'somewhat', 'very'],
      value: () => pick(random, ['not_helpful', 'somewhat', 'very']),
    },
    {
      key: 'factual',
      type: 'boolean',
      title: 'Factually correct',
      description: 'Is every claim in the response correct?',
      labels: ['No', 'Yes'],
      possible: [false, true],
      value: () => random() > 0.2,
    },
    {
      key: 'rewrite',
      type: 'text',
      title: 'Suggested rewrite',
      description: 'Rewrite the response where it falls short.',
      labels: [],
      possible: null,
      value: () => pick(random, ANSWERS),
    },
  ];
}
