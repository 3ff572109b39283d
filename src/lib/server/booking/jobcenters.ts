/**
 * Where a jobcentre receives citizens (the default `location` of an in-person slot). Demo data for
 * the two demo jobcentres; a caseworker may give another address when publishing.
 */
const addresses: Record<string, string> = {
	'Jobcenter Aarhus': 'Jobcenter Aarhus, Værkmestergade 25, 8000 Aarhus C',
	'Jobcenter Odense': 'Jobcenter Odense, Ørbækvej 100, 5220 Odense SØ'
};

export function jobcenterAddress(jobcenter: string | null): string | null {
	if (!jobcenter) return null;
	return addresses[jobcenter] ?? jobcenter;
}
