// Builds schemas/assessment.schema.json from the framework definitions, so that every indicator
// carries its official name, aspect, domain, weight and level names as editor hover text.
const STAGES = ['mandiri', 'dokumen', 'interviu', 'visitasi', 'final'];
const CATEGORIES = ['kementerian', 'lpnk', 'lns', 'provinsi', 'kabupaten', 'kota', 'lainnya'];

function levelText(definition, aspect) {
  const names = aspect.levelNames ? definition.scale.levelNames[aspect.levelNames] : undefined;
  if (!names) return `level ${definition.scale.min}..${definition.scale.max}`;
  return Object.entries(names).map(([level, name]) => `${level} ${name}`).join(' · ');
}

function indicatorProperties(definition) {
  const properties = {};
  for (const domain of definition.domains) {
    for (const aspect of domain.aspects) {
      for (const indicator of aspect.indicators) {
        properties[String(indicator.id)] = {
          title: `${indicator.id}. ${indicator.name}`,
          description: `${indicator.name}\nAspek ${aspect.id} ${aspect.name} · Domain ${domain.id} ${domain.name} · bobot ${indicator.weight} %\n${levelText(definition, aspect)}`,
          $ref: '#/$defs/indicator',
        };
      }
    }
  }
  return properties;
}

export function buildAssessmentSchema(definitions, primaryId) {
  const primary = definitions.find((d) => d.id === primaryId);
  const ids = definitions.map((d) => d.id);
  const minLevel = Math.min(...definitions.map((d) => d.scale.min));
  const maxLevel = Math.max(...definitions.map((d) => d.scale.max));
  // Editors show the indicator names of the framework the file names (the primary one otherwise).
  const others = definitions.filter((d) => d.id !== primaryId).map((d) => ({
    if: { required: ['framework'], properties: { framework: { const: d.id } } },
    then: { properties: { indicators: { properties: indicatorProperties(d) } } },
  }));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://spbe.dev/schemas/assessment.schema.json',
    title: 'SPBE assessment (one agency, one evaluation year)',
    description: 'Input contract version 1 of the spbe CLI: the level of every indicator of one agency for one year. See shared/spec/assessment-format.md.',
    type: 'object',
    required: ['year', 'agency', 'indicators'],
    additionalProperties: false,
    allOf: others,
    properties: {
      $schema: { type: 'string', description: 'Optional reference to this schema for editors.' },
      framework: {
        type: 'string',
        minLength: 1,
        description: `Framework id; when absent it is chosen from the year. Built in: ${ids.join(', ')}.`,
        examples: ids,
      },
      year: { type: 'integer', minimum: 2000, maximum: 2100, description: 'The evaluation year.' },
      agency: {
        description: 'The agency: its name, or an object with name, id, category and province.',
        if: { type: 'string' },
        then: { type: 'string', minLength: 1 },
        else: { $ref: '#/$defs/agency' },
      },
      stage: { enum: STAGES, description: 'Evaluation stage the levels come from (default final).' },
      indicators: {
        type: 'object',
        description: `The level of every indicator, keyed by its official number (${primary.title}: 1..${primary.domains.flatMap((d) => d.aspects).flatMap((a) => a.indicators).length}).`,
        propertyNames: { pattern: '^[1-9][0-9]*$' },
        properties: indicatorProperties(primary),
        additionalProperties: { $ref: '#/$defs/indicator' },
      },
      previous: {
        description: "The previous year: a path to its assessment file (relative to this file), or its published figures.",
        if: { type: 'string' },
        then: { type: 'string', minLength: 1 },
        else: { $ref: '#/$defs/published' },
      },
    },
    $defs: {
      level: {
        type: 'integer',
        minimum: minLevel,
        maximum: maxLevel,
        description: 'Maturity level (tingkat): 1..5 under PermenPANRB 59/2020, 0..5 under 5/2018.',
      },
      indicator: {
        description: 'Short form: the final level. Long form: an object with level, self, target, explanation, evidence.',
        if: { type: 'object' },
        then: { $ref: '#/$defs/indicatorLong' },
        else: {
          if: { type: 'array' },
          then: { type: 'array', minItems: 1, items: { $ref: '#/$defs/level' }, description: 'One level per sampled public service.' },
          else: { $ref: '#/$defs/level' },
        },
      },
      indicatorLong: {
        type: 'object',
        additionalProperties: false,
        if: { required: ['services'] },
        then: {},
        else: { required: ['level'] },
        properties: {
          level: { $ref: '#/$defs/level', description: "The final level (assessor's, or the only one known)." },
          self: { $ref: '#/$defs/level', description: "Penilaian mandiri: the agency's self-assessed level." },
          target: { $ref: '#/$defs/level', description: 'The level the agency aims for next.' },
          explanation: { type: 'string', description: 'Penjelasan.' },
          evidence: {
            description: 'Bukti dukung: document titles, numbers, URLs.',
            if: { type: 'string' },
            then: {},
            else: { type: 'array', items: { type: 'string' } },
          },
          sector: { type: 'string', description: 'The public-service sector (indicators 45-47 in 59/2020).' },
          services: {
            type: 'array',
            minItems: 1,
            description: 'One level per sampled public service (indicators scored per service).',
            items: {
              type: 'object',
              required: ['level'],
              additionalProperties: false,
              properties: { name: { type: 'string' }, level: { $ref: '#/$defs/level' } },
            },
          },
        },
      },
      agency: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1 },
          id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'Slug that groups years in batch runs; defaults to a slug of the name.' },
          category: { enum: CATEGORIES },
          province: { type: 'string', minLength: 1 },
        },
      },
      published: {
        type: 'object',
        required: ['year', 'index'],
        additionalProperties: false,
        properties: {
          year: { type: 'integer', minimum: 2000, maximum: 2100 },
          framework: { type: 'string', minLength: 1 },
          index: { type: 'number', minimum: 0, maximum: 5, description: 'The published index (2 decimals).' },
          predicate: { type: 'string', minLength: 1 },
          domains: {
            type: 'object',
            propertyNames: { pattern: '^[1-9][0-9]*$' },
            additionalProperties: { type: 'number', minimum: 0, maximum: 5 },
          },
        },
      },
    },
  };
}
