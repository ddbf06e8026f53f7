// Prints the subgraph SDL (with its federation directives) for rover or Apollo Router: `npm run schema:sdl`.
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildSchema } from '../graphql/schema';

process.stdout.write(`${printSubgraphSchema(buildSchema())}\n`);
