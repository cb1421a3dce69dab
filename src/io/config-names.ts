/** The config files looked for in the working directory, in order (apart, so that cli/quick.ts loads no YAML to know them). */
export const CONFIG_NAMES = ['spbe.config.yaml', 'spbe.config.yml', 'spbe.config.json'];
