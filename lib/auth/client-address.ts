/**
 * The address a request came from, for sign-in throttling and the audit trail.
 *
 * Next's server fills X-Forwarded-For with the socket's address when the header is absent; a
 * reverse proxy in front (nginx `proxy_add_x_forwarded_for`, a load balancer) appends the address
 * it saw. The last entry is therefore the one the nearest hop vouches for; earlier entries are
 * whatever the client claimed. Running without a proxy, a client can still claim any address —
 * production deployments put Dateline behind one.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).at(-1);
  return (last ?? headers.get('x-real-ip')?.trim() ?? 'unknown').slice(0, 64);
}
