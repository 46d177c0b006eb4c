/**
 * Building blocks for rule examples. Production-hardening rules (restart, limits, read-only, capabilities,
 * logging) all apply to files that are not development files, so an example meant to show one rule in such
 * a file shares these settings through a YAML anchor, the way real compose files do.
 */
const HARDENING: [key: string, line: string][] = [
  ['restart', '  restart: unless-stopped'],
  ['read_only', '  read_only: true'],
  ['cap_drop', '  cap_drop: [ALL]'],
  ['security_opt', '  security_opt: ["no-new-privileges:true"]'],
  ['logging', '  logging: {options: {max-size: 10m}}'],
  ['deploy', '  deploy: {resources: {limits: {cpus: "0.5", memory: 256M}}}'],
];

/** The `x-hardened` anchor, without the keys listed in `except`. */
export function hardened(...except: string[]): string {
  return ['x-hardened: &hardened', ...HARDENING.filter(([k]) => !except.includes(k)).map(([, l]) => l)].join('\n') + '\n';
}

/** A healthcheck line for the example web service (nginx image). */
export const WEB_HEALTHCHECK = '    healthcheck: {test: ["CMD", "wget", "-qO-", "http://localhost/"]}\n';
