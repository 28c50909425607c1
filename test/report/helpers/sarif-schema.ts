// The part of the SARIF 2.1.0 JSON schema (OASIS, sarif-schema-2.1.0.json) that covers the objects
// results.sarif uses, written out for an offline test: required properties, enums, formats, and
// additionalProperties: false wherever the standard schema has it.

const propertyBag = {
  type: 'object',
  properties: { tags: { type: 'array', uniqueItems: true, items: { type: 'string' } } },
};
const multiformatMessageString = {
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: { text: { type: 'string' }, markdown: { type: 'string' }, properties: propertyBag },
};
const message = {
  type: 'object',
  additionalProperties: false,
  anyOf: [{ required: ['text'] }, { required: ['id'] }],
  properties: {
    text: { type: 'string' },
    markdown: { type: 'string' },
    id: { type: 'string' },
    arguments: { type: 'array', items: { type: 'string' } },
    properties: propertyBag,
  },
};
const level = { enum: ['none', 'note', 'warning', 'error'] };
const reportingDescriptor = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: {
    id: { type: 'string' },
    deprecatedIds: { type: 'array', items: { type: 'string' } },
    guid: { type: 'string' },
    name: { type: 'string' },
    shortDescription: multiformatMessageString,
    fullDescription: multiformatMessageString,
    messageStrings: { type: 'object', additionalProperties: multiformatMessageString },
    defaultConfiguration: {
      type: 'object',
      additionalProperties: false,
      properties: {
        enabled: { type: 'boolean' },
        level,
        rank: { type: 'number', minimum: -1, maximum: 100 },
        parameters: propertyBag,
        properties: propertyBag,
      },
    },
    helpUri: { type: 'string', format: 'uri' },
    help: multiformatMessageString,
    properties: propertyBag,
  },
};
const logicalLocation = {
  type: 'object',
  additionalProperties: false,
  properties: {
    name: { type: 'string' },
    index: { type: 'integer', minimum: -1 },
    fullyQualifiedName: { type: 'string' },
    decoratedName: { type: 'string' },
    parentIndex: { type: 'integer', minimum: -1 },
    kind: { type: 'string' },
    properties: propertyBag,
  },
};
const location = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'integer', minimum: -1 },
    physicalLocation: { type: 'object' },
    logicalLocations: { type: 'array', uniqueItems: true, items: logicalLocation },
    message,
    annotations: { type: 'array' },
    relationships: { type: 'array' },
    properties: propertyBag,
  },
};
const suppression = {
  type: 'object',
  additionalProperties: false,
  required: ['kind'],
  properties: {
    guid: { type: 'string' },
    kind: { enum: ['inSource', 'external'] },
    status: { enum: ['accepted', 'underReview', 'rejected'] },
    justification: { type: 'string' },
    location,
    properties: propertyBag,
  },
};
const result = {
  type: 'object',
  additionalProperties: false,
  required: ['message'],
  properties: {
    ruleId: { type: 'string' },
    ruleIndex: { type: 'integer', minimum: -1 },
    kind: { enum: ['notApplicable', 'pass', 'fail', 'review', 'open', 'informational'] },
    level,
    message,
    locations: { type: 'array', items: location },
    guid: { type: 'string' },
    correlationGuid: { type: 'string' },
    partialFingerprints: { type: 'object', additionalProperties: { type: 'string' } },
    fingerprints: { type: 'object', additionalProperties: { type: 'string' } },
    suppressions: { type: 'array', uniqueItems: true, items: suppression },
    baselineState: { enum: ['new', 'unchanged', 'updated', 'absent'] },
    rank: { type: 'number' },
    properties: propertyBag,
  },
};
const toolComponent = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    guid: { type: 'string' },
    name: { type: 'string' },
    organization: { type: 'string' },
    product: { type: 'string' },
    fullName: { type: 'string' },
    version: { type: 'string' },
    semanticVersion: { type: 'string' },
    informationUri: { type: 'string', format: 'uri' },
    downloadUri: { type: 'string', format: 'uri' },
    rules: { type: 'array', uniqueItems: true, items: reportingDescriptor },
    properties: propertyBag,
  },
};
const invocation = {
  type: 'object',
  additionalProperties: false,
  required: ['executionSuccessful'],
  properties: {
    commandLine: { type: 'string' },
    startTimeUtc: { type: 'string', format: 'date-time' },
    endTimeUtc: { type: 'string', format: 'date-time' },
    exitCode: { type: 'integer' },
    executionSuccessful: { type: 'boolean' },
    properties: propertyBag,
  },
};

export const SARIF_2_1_0_SUBSET = {
  type: 'object',
  additionalProperties: false,
  required: ['version', 'runs'],
  properties: {
    $schema: { type: 'string', format: 'uri' },
    version: { enum: ['2.1.0'] },
    runs: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['tool'],
        properties: {
          tool: {
            type: 'object',
            additionalProperties: false,
            required: ['driver'],
            properties: { driver: toolComponent, extensions: { type: 'array' }, properties: propertyBag },
          },
          invocations: { type: 'array', items: invocation },
          automationDetails: {
            type: 'object',
            additionalProperties: false,
            properties: {
              description: message,
              id: { type: 'string' },
              guid: { type: 'string' },
              correlationGuid: { type: 'string' },
              properties: propertyBag,
            },
          },
          results: { type: 'array', items: result },
          logicalLocations: { type: 'array', items: logicalLocation },
          properties: propertyBag,
        },
      },
    },
    properties: propertyBag,
  },
} as const;
