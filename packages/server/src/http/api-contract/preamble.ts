/**
 * The part of docs/api-contract.md no schema can say: conventions and behaviour. Kept by hand here;
 * everything after it on the page is written from the OpenAPI document.
 */
export const PREAMBLE = `# API contract (v1)

The JSON API the patient app and the clinician app are built against. Its request and response schemas
live once, in \`@minimus/contract\` (zod): the server validates with them and builds its OpenAPI document
(\`/api/v1/openapi.json\`, interactive page \`/api/v1/docs\`) from them, and the web app takes its types
from them. This page is written from that document by \`npm run docs:api\`; \`npm test\` fails when it is
out of date. Edit the schemas, the route definitions or the preamble in
\`packages/server/src/http/api-contract/preamble.ts\`, never this file.

## Conventions

- All under \`/api/v1\`, JSON in and out; errors are \`application/problem+json\` with \`type\`, \`title\`,
  \`status\`, \`code\` (stable, e.g. \`validation_failed\`, \`not_found\`, \`forbidden\`, \`unauthenticated\`,
  \`conflict\`, \`wrong_origin\`, \`unsupported_media_type\`, \`payload_too_large\`, \`rate_limited\`) and \`errors: [{ path, message }]\`
  for validation failures. Unknown fields are rejected.
- Extra codes: \`gone\` (410: an invitation used or expired), \`internal_error\` (500, no detail). A 429
  carries \`Retry-After\`. Another clinic's or another patient's resource is \`404 not_found\` (never 403,
  so ids cannot be probed); a role that may not call a route gets \`403 forbidden\`.
- Dates are \`YYYY-MM-DD\` in the patient's time zone; timestamps ISO 8601 UTC.
- Writes from a device carry \`clientId\` (a UUID made on the device). Replaying a write with the same
  \`clientId\` returns the stored record (\`200\`) instead of creating another (\`201\`).
- Authentication: session cookie set by the auth endpoints under \`/api/auth/*\`. Every route checks who
  may see the patient it names (patient: own id only; therapist: the clinic's patients).

## Behaviour the schemas do not show

Sign-in and sessions

- \`POST /api/auth/sign-in/email\` \`{ email, password }\` sets the session cookie (\`minimus.session\` on
  localhost, \`__Host-minimus.session\` elsewhere). Unknown email, wrong password and deactivated account
  get the same 401 body; 5 failures per account (20 per address) in 15 minutes give \`429 rate_limited\`.
  \`POST /api/auth/sign-out\` ends the session on the server; \`GET /api/auth/get-session\` reads it.
  Writes (\`/api/auth/*\` and \`/api/v1/*\`) sent by a browser need an \`Origin\` equal to \`PUBLIC_URL\` (or
  one of \`MINIMUS_TRUSTED_ORIGINS\`); others get \`403 forbidden\`. TOTP: \`/api/auth/two-factor/*\`
  (better-auth's two-factor plugin). Sign-up is closed.
- Staff sessions: 30 minutes idle, 12 hours in all; patients: 30 days.
- Second factor (staff): \`POST /api/v1/me/two-factor\` starts TOTP enrolment (400 path \`password\` when
  the password is wrong; 403 for patients); it is on once \`POST /api/auth/two-factor/verify-totp { code }\`
  confirms a code. Then \`POST /api/auth/sign-in/email\` answers \`{ twoFactorRedirect: true }\` without a
  session, and the same verify-totp call with the code completes the sign-in. Wrong codes are throttled
  like wrong passwords: after 5 in 15 minutes from one address, 429 with \`Retry-After\`.

Accounts

- Invitation links are \`PUBLIC_URL/invite/<token>\`: the web app serves that page, reads
  \`GET /api/v1/invitations/:token\` (404 for an unknown token) and posts the password to \`.../accept\`
  (410 when used or expired). Links last 7 days. Deactivating a therapist ends their sessions.

Patients and programs

- \`GET /api/v1/patients\`: \`attention.rank\` is the 1-based place in the list as filtered and searched, in
  the order red flags, significant setbacks, other open alerts, gates awaiting the therapist's sign-off,
  3 or more days without data, low adherence (then name), read from the attention snapshots (ADR 0006);
  a cursor the list did not give out is \`400\`.
- A new time zone is also a program version (kind \`time-zone\`). A taken email is \`409 conflict\`.
- Program changes: every kind takes \`reason\` and an optional \`effectiveFrom\` (default: today in the
  patient's zone); in \`dose-edit\`, null keeps the engine's value. Two simultaneous changes: one gets
  \`409 conflict\`.

Plans and logs

- The server stamps a session log with the phase and each exercise's prescription from the plan of its
  date. A session log whose exercise is not in the plan of its date is refused (\`400\`, path
  \`exercises.N.exerciseId\`); dates after tomorrow or before the program (check-ins, screens and PSFS:
  before the injury) are refused with path \`date\`. Screen answers must use the protocol's item ids.
- \`GET .../session-logs?from=&to=\` defaults to everything; \`GET .../plan\` without a date is today in the
  patient's zone.
- Outcome totals are whole points within the instrument's range (LEFS 0-80, VISA-G 0-100), else 400
  with path \`total\`. \`GET .../outcome-scores\` lists them newest first with their author.

Alerts, audit, exports

- \`message\` of an alert is written to the patient; \`therapistMessage\` states the finding, what the
  engine did and what the patient was told; \`patientName\` is in the clinic's list only. Acknowledging
  needs a therapist.
- \`GET /api/v1/audit\`: \`from\`/\`to\` are dates or ISO timestamps, newest first, 500 by default. Denied
  attempts are recorded too, in the caller's clinic; \`actorName\` is null for the calendar feed or the system.
- Exports default to the caller's language and today. FHIR is \`application/fhir+json\`.
- Calendar feed URLs are \`PUBLIC_URL/calendar/<secret>.ics\` (public, secret URL; six weeks ahead,
  sessions at 18:00 and second rounds at 09:00 local time); the patient or their therapist may create
  or revoke it; a new one revokes the old, and the secret is stored hashed, never shown again.

Operations and web app files

- \`GET /healthz\`, \`GET /readyz\`, \`GET /metrics\` (Prometheus text).
- The server serves \`packages/web/dist\`: files as they are (\`/assets/*\` cached for a year), \`/clinic\`
  and \`/clinic/*\` fall back to \`clinician.html\` when the build has one, any other GET outside \`/api\`
  to \`index.html\`. Without a build it answers a page saying the web app is not built.
`;
