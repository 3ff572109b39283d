/** The id of the control for a CV field path (`experience.0.start` → `cv-experience-0-start`). */
export function fieldId(path: string): string {
	return `cv-${path.replaceAll('.', '-')}`;
}
