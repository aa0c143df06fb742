/** Names of the ports fetched so far (GET /ports), by code: the labels read them so a recorded code shows as its port's name. */
export const PORT_NAMES = new Map<string, string>();
