/** cli-table3 without its own colours (it uses @colors/colors, which ignores our NO_COLOR handling): we colour cells. */
export const tableStyle = () => ({ head: [] as string[], border: [] as string[], compact: true });
