// Builds schemas/assessment.schema.json from the framework definitions, so that every indicator
// carries its official name, aspect, domain, weight and level names as editor hover text.
const STAGES = ['mandiri', 'dokumen', 'interviu', 'visitasi', 'final'];
const CATEGORIES = ['kementerian', 'lpnk', 'lns', 'provinsi', 'kabupaten', 'kota', 'lainnya'];

function levelText(definition, aspect) {
  const names = aspect.levelNames ? definition.scale.levelNames[aspect.levelNames] : undefined;
  if (!names) return `level ${definition.scale.min}..${definition.scale.max}`;
  return Object.entries(names).map(([level, name]) => `${level} ${name}`).join(' · ');
}

/** The aspects of a framework definition with their domain (none in a framework without domains). */
export function aspectsOf(definition) {
  if (!definition) return [];
  if (definition.aspects) return definition.aspects.map((aspect) => ({ ...aspect, domain: undefined }));
  return definition.domains.flatMap((domain) => domain.aspects.map((aspect) => ({ ...aspect, domain })));
}

function indicatorProperties(definition) {
  const properties = {};
  for (const aspect of aspectsOf(definition)) {
    for (const indicator of aspect.indicators) {
      const where = aspect.domain ? `Aspek ${aspect.id} ${aspect.name} · Domain ${aspect.domain.id} ${aspect.domain.name}` : `Aspek ${aspect.id} ${aspect.name}`;
      const external = indicator.external ? `\nDinilai dari indeks lain: ${indicator.external.index} (${indicator.external.agency})` : '';
      properties[String(indicator.id)] = {
        title: `${indicator.id}. ${indicator.name}`,
        description: `${indicator.name}\n${where} · bobot ${indicator.weight} %\n${levelText(definition, aspect)}${external}`,
        $ref: '#/$defs/indicator',
      };
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
        description: `The level of every indicator, keyed by its official number (${primary.title}: 1..${aspectsOf(primary).flatMap((a) => a.indicators).length}).`,
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
        type: ['number', 'string'],
        pattern: '^\\d+(\\.\\d+)?/[1-9]\\d*$',
        minimum: minLevel,
        maximum: maxLevel,
        description: 'Maturity level (tingkat): a whole number 1..5 under PermenPANRB 59/2020, 0..5 under 5/2018; under 8/2026 any value from 1.00 to 5.00, as a decimal (1.26) or an exact fraction ("7/6").',
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
        if: { anyOf: [{ required: ['services'] }, { required: ['external'] }] },
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
          external: {
            type: 'object',
            required: ['status'],
            additionalProperties: false,
            description: "Valued by another agency's index (8/2026 indicators 5, 6, 7, 18): waiting counts as 1 until the value arrives.",
            properties: {
              source: { type: 'string', minLength: 1, description: 'The other index, e.g. Skor SDI (Bappenas).' },
              value: { type: ['number', 'string'], pattern: '^\\d+(\\.\\d+)?(/[1-9]\\d*)?$', description: "The other index's score; converted by the framework's table where it has one." },
              status: { enum: ['waiting', 'final'] },
            },
          },
          evidenceItems: {
            type: 'array',
            description: 'Butir bukti dukung as in the evaluation application, each coded I<indicator>-L<level>-<nn>.',
            items: {
              type: 'object',
              required: ['code', 'status'],
              additionalProperties: false,
              properties: {
                code: { type: 'string', pattern: '^I[1-9][0-9]*-L[0-9]+-[0-9]{1,3}$', description: 'I13-L2-03: indicator 13, level 2, item 3.' },
                status: { enum: ['diterima', 'revisi', 'proses', 'draf', 'belum'], description: 'diterima (accepted, counts), revisi, proses (uploaded, no verdict), draf (not uploaded), belum (no document).' },
                revision: { enum: ['tidak_tepat', 'belum_diunggah', 'otomatis_ditolak'] },
                main: { type: 'boolean', description: 'A main item (default) decides the level; a supporting one does not.' },
                unit: { type: 'string', minLength: 1, description: 'The responsible unit (OPD).' },
                note: { type: 'string' },
                link: { type: 'string' },
              },
            },
          },
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
