import type { GainCurvePoint } from '$lib/domain/calculator';

/**
 * Geometry of the gain chart: one bar per weekly hour, in CSS pixels (the SVG's viewBox is its
 * own size, so text keeps its size on a phone). Pure, so it can be tested without a browser.
 */

export interface ChartPadding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface ChartOptions {
	width: number;
	height: number;
	/** The job's weekly hours; the bar at the nearest whole hour is marked as chosen. */
	chosenHours?: number | null;
	padding?: Partial<ChartPadding>;
	/** A point "marked" by a rule (krone for krone, no supplerende dagpenge). */
	isMarked?: (point: GainCurvePoint) => boolean;
	/** How many y-axis steps to aim for. */
	yTickCount?: number;
	/** Hours between x-axis labels. */
	xTickStep?: number;
}

export interface ChartBar {
	weeklyHours: number;
	gainKr: number;
	x: number;
	y: number;
	width: number;
	height: number;
	marked: boolean;
	chosen: boolean;
}

export interface ChartTick {
	value: number;
	/** y for the y axis, x (the bar's centre) for the x axis. */
	position: number;
}

/** A run of consecutive marked hours, drawn as a shaded band behind its bars. */
export interface ChartBand {
	fromHours: number;
	toHours: number;
	x: number;
	width: number;
}

export interface ChartLayout {
	width: number;
	height: number;
	plot: { left: number; top: number; right: number; bottom: number };
	bars: ChartBar[];
	yTicks: ChartTick[];
	xTicks: ChartTick[];
	/** y of the 0 kr. line. */
	zeroY: number;
	bands: ChartBand[];
}

export const DEFAULT_PADDING: ChartPadding = { top: 28, right: 8, bottom: 48, left: 80 };

/** A 1, 2 or 5 × 10ⁿ step that gives about `count` steps over `span`. */
export function niceStep(span: number, count: number): number {
	if (!(span > 0) || !(count > 0)) return 1;
	const raw = span / count;
	const magnitude = 10 ** Math.floor(Math.log10(raw));
	const fraction = raw / magnitude;
	const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
	return nice * magnitude;
}

/** Axis range and ticks covering min…max and always 0. */
export function niceScale(
	min: number,
	max: number,
	count = 4
): { min: number; max: number; ticks: number[] } {
	let low = Math.min(0, min);
	let high = Math.max(0, max);
	if (low === high) high = low + 1000;
	const step = niceStep(high - low, count);
	low = Math.floor(low / step) * step;
	high = Math.ceil(high / step) * step;
	const ticks: number[] = [];
	// Integer steps avoid 0.1 + 0.2 drift.
	for (let i = 0; low + i * step <= high + step / 1e6; i++) ticks.push(low + i * step);
	return { min: low, max: high, ticks };
}

/** Consecutive runs of marked points, as inclusive hour ranges. */
export function markedRuns(
	points: readonly GainCurvePoint[],
	isMarked: (point: GainCurvePoint) => boolean
): { fromHours: number; toHours: number }[] {
	const runs: { fromHours: number; toHours: number }[] = [];
	for (const point of points) {
		if (!isMarked(point)) continue;
		const last = runs.at(-1);
		if (last && last.toHours === point.weeklyHours - 1) last.toHours = point.weeklyHours;
		else runs.push({ fromHours: point.weeklyHours, toHours: point.weeklyHours });
	}
	return runs;
}

export function layoutGainChart(
	points: readonly GainCurvePoint[],
	options: ChartOptions
): ChartLayout {
	const padding = { ...DEFAULT_PADDING, ...options.padding };
	const { width, height } = options;
	const isMarked = options.isMarked ?? (() => false);
	const plot = {
		left: padding.left,
		top: padding.top,
		right: Math.max(padding.left + 1, width - padding.right),
		bottom: Math.max(padding.top + 1, height - padding.bottom)
	};
	const plotWidth = plot.right - plot.left;
	const plotHeight = plot.bottom - plot.top;

	const gains = points.map((point) => point.gainKr);
	const scale = niceScale(Math.min(0, ...gains), Math.max(0, ...gains), options.yTickCount ?? 4);
	const y = (value: number) =>
		plot.top + ((scale.max - value) / (scale.max - scale.min)) * plotHeight;
	const zeroY = y(0);

	const slot = points.length > 0 ? plotWidth / points.length : plotWidth;
	const barWidth = Math.max(1, slot * 0.72);
	const slotX = (index: number) => plot.left + index * slot;
	const chosen =
		options.chosenHours === undefined || options.chosenHours === null
			? null
			: Math.round(options.chosenHours);

	const bars = points.map((point, index): ChartBar => {
		const top = y(Math.max(0, point.gainKr));
		const bottom = y(Math.min(0, point.gainKr));
		return {
			weeklyHours: point.weeklyHours,
			gainKr: point.gainKr,
			x: slotX(index) + (slot - barWidth) / 2,
			y: top,
			width: barWidth,
			height: bottom - top,
			marked: isMarked(point),
			chosen: point.weeklyHours === chosen
		};
	});

	const indexOf = new Map(points.map((point, index) => [point.weeklyHours, index]));
	const bands = markedRuns(points, isMarked).map((run): ChartBand => {
		const from = indexOf.get(run.fromHours) ?? 0;
		const to = indexOf.get(run.toHours) ?? from;
		return { ...run, x: slotX(from), width: (to - from + 1) * slot };
	});

	const step = options.xTickStep ?? 5;
	const xTicks = points
		.map((point, index) => ({ point, index }))
		.filter(({ point }) => point.weeklyHours % step === 0)
		.map(({ point, index }) => ({ value: point.weeklyHours, position: slotX(index) + slot / 2 }));

	return {
		width,
		height,
		plot,
		bars,
		yTicks: scale.ticks.map((value) => ({ value, position: y(value) })),
		xTicks,
		zeroY,
		bands
	};
}
