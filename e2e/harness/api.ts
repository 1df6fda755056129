/** A tiny API client for setting up test data through the real HTTP API, keeping its session cookie. */
export class ApiSession {
  private cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  async request<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        origin: this.baseUrl,
        cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name) this.cookies.set(name.trim(), value.join('='));
    }
    const text = await response.text();
    const parsed = (text ? JSON.parse(text) : null) as T;
    if (!response.ok) throw new Error(`${method} ${path} -> ${response.status}: ${text}`);
    return { status: response.status, body: parsed };
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.request('POST', '/api/auth/sign-in/email', { email, password });
  }
}

function tokenOf(url: string): string {
  const token = url.split('/invite/')[1];
  if (!token) throw new Error(`not an invitation link: ${url}`);
  return token;
}

export interface PatientInvitation {
  patientId: string;
  invitationUrl: string;
  therapist: ApiSession;
  therapistEmail: string;
}

/**
 * The clinic's side of the story, through the API: the admin invites a therapist, the therapist
 * accepts, creates a patient and invites them. Returns the link the patient receives.
 */
export async function invitePatient(
  baseUrl: string,
  admin: { email: string; password: string },
  patient: {
    name: string;
    email: string;
    injuryDate: string;
    side: 'left' | 'right' | 'both';
    condition?: string;
    /** Whether the therapist confirms the program from its first day (CLINICAL 1); true unless told. */
    confirmed?: boolean;
  },
): Promise<PatientInvitation> {
  const adminSession = new ApiSession(baseUrl);
  await adminSession.signIn(admin.email, admin.password);
  const therapistEmail = `therapist-${patient.email}`;
  const invited = await adminSession.request<{ invitation: { url: string } }>('POST', '/api/v1/therapists', {
    email: therapistEmail,
    name: 'Theo Therapist',
  });
  const therapist = new ApiSession(baseUrl);
  await therapist.request('POST', `/api/v1/invitations/${tokenOf(invited.body.invitation.url)}/accept`, {
    password: 'therapist-password-123',
  });
  const created = await therapist.request<{ id: string }>('POST', '/api/v1/patients', {
    name: patient.name,
    email: patient.email,
    injuryDate: patient.injuryDate,
    side: patient.side,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    ...(patient.condition ? { condition: patient.condition } : {}),
  });
  if (patient.confirmed !== false)
    await therapist.request('POST', `/api/v1/patients/${created.body.id}/program/changes`, {
      kind: 'sign-off',
      signOff: 'program-confirmed',
      reason: 'Onboarding answers reviewed',
      effectiveFrom: patient.injuryDate,
    });
  const link = await therapist.request<{ url: string }>(
    'POST',
    `/api/v1/patients/${created.body.id}/invitations`,
  );
  return { patientId: created.body.id, invitationUrl: link.body.url, therapist, therapistEmail };
}
