import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import {
  GraphQLError,
  getNullableType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/** The code of every rejection below; clients show it as "ask for less". */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

/**
 * Limits every operation must fit, checked before execution (so before any SQL). Generous for
 * what the web app asks (its heaviest page costs a few thousand), far below what hurts.
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 50_000,
  /** Assumed length of a list without a `first` argument (phases, tags, status history…). */
  assumedListSize: 5,
  /** Nesting of the variables (objects and lists); the deepest input of the schema needs 4. */
  maxVariableDepth: 12,
} as const;

const reject: GraphQLArmorRejectCallback = (context, error) => {
  const message = error.message.replace(/^Syntax Error: /, '');
  context?.reportError(new GraphQLError(message, { extensions: { code: QUERY_TOO_COMPLEX } }));
};
const armorRule = { exposeLimits: true, propagateOnRejection: false, onReject: [reject] };

/**
 * Cost = 1 per field plus its children's cost times the list length: `first` where the field
 * takes it, the assumed size for other lists, 1 for a connection's `edges` (its `first`
 * already counted). So nested pages multiply, as they do in the database.
 */
export const listCostEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const fieldType = getNullableType(field.type);
  // `first: null` means the argument's default page size, as it does for the resolvers.
  const first: unknown = args.first ?? field.args.find((a) => a.name === 'first')?.defaultValue;
  let multiplier = 1;
  if (typeof first === 'number') multiplier = Math.max(0, first);
  else if (isListType(fieldType) && !type.name.endsWith('Connection')) multiplier = QUERY_LIMITS.assumedListSize;
  return 1 + childComplexity * multiplier;
};

export function queryCost(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  return getComplexity({ schema, query, variables, operationName, estimators: [listCostEstimator] });
}

/** Whether `value` nests objects and lists deeper than `max` (iteratively: the value may be nested thousands deep). */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  let level: unknown[] = [value];
  for (let depth = 0; level.length; depth++) {
    const next: unknown[] = [];
    for (const item of level) {
      if (item && typeof item === 'object') for (const child of Array.isArray(item) ? item : Object.values(item)) next.push(child);
    }
    if (next.length && depth + 1 > max) return true;
    level = next;
  }
  return false;
}

/**
 * Refuses variables nested deeper than any input of the schema, before anything (the cost
 * limit, the read cache's key) walks them: 5,000 levels overflow the stack of a recursive walk.
 */
function variableDepthPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          if (nestedDeeperThan(request.variables ?? {}, QUERY_LIMITS.maxVariableDepth)) {
            throw new GraphQLError(`The variables are nested too deeply (at most ${QUERY_LIMITS.maxVariableDepth} levels).`, {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/**
 * graphql-js 16 validates a subscription (or mutation) against a schema without that root
 * type and only fails at execution, as an internal error; this rule refuses it in validation.
 */
const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This API has no ${node.operation} operations.`, { nodes: [node] }));
    }
  },
});

/** Rejects an operation whose cost is over the budget, after validation and before execution. */
function costLimitPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          } catch {
            // Variables that do not fit the operation: execution reports them, before any resolver runs.
            return;
          }
          if (cost > QUERY_LIMITS.maxCost) {
            throw new GraphQLError(
              `Query is too expensive: it costs ${cost}, the maximum is ${QUERY_LIMITS.maxCost}. Ask for smaller pages or fewer nested lists.`,
              { extensions: { code: QUERY_TOO_COMPLEX, cost, maxCost: QUERY_LIMITS.maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

/**
 * graphql-armor's depth, alias and directive limits, the list-aware cost limit, the variables'
 * depth, operation types the schema has, and graphql-js's own token limit for the parser
 * (armor's token plugin throws from a hook, which Apollo answers with a 500). Production's
 * "Did you mean …" suggestions are removed by the error formatter (armor's rule misses enum values).
 */
export function queryLimits(): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
} {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...armorRule },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...armorRule },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...armorRule },
    maxTokens: { enabled: false },
    // Replaced by the list-aware cost limit below.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  // graphql-armor is typed against Apollo's CommonJS build; the plugins are the same objects.
  const armorPlugins = armor.plugins as unknown as ApolloServerPlugin[];
  return {
    plugins: [variableDepthPlugin(), ...armorPlugins, costLimitPlugin()],
    validationRules: [knownOperationTypes, ...armor.validationRules],
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
  };
}
