/** The ids a form control or fieldset points at, so screen readers read its hint and error with it. */
export interface FieldDescription {
	'aria-describedby': string | undefined;
	'aria-invalid': 'true' | undefined;
}

/** What FormField hands its control: spread it on the input, select or textarea. */
export interface FieldControl extends FieldDescription {
	id: string;
}

/** `{id}-hint` and `{id}-error`, as FieldMessages renders them, when there is a hint or an error. */
export function describeField(id: string, hint: unknown, error: unknown): FieldDescription {
	const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
	return {
		'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
		'aria-invalid': error ? 'true' : undefined
	};
}
