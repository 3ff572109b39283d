import { describe, expect, it } from 'vitest';
import type { GainCurvePoint } from '$lib/domain/calculator';
import { layoutGainChart, markedRuns, niceScale, niceStep } from './chart';

const point = (weeklyHours: number, gainKr: number, kroneForKrone = false): GainCurvePoint => ({
	weeklyHours,
	gainKr,
	disposableKr: 10_000 + gainKr,
	kroneForKrone,
	dagpengeCutOff: false
});

const curve = Array.from({ length: 38 }, (_, hours) =>
	point(hours, hours * 150, hours >= 23 && hours <= 30)
);

describe('niceStep and niceScale', () => {
	it('steps by 1, 2 or 5 times a power of ten', () => {
		expect(niceStep(6415, 4)).toBe(2000);
		expect(niceStep(1000, 4)).toBe(500);
		expect(niceStep(90, 4)).toBe(50);
		expect(niceStep(0, 4)).toBe(1);
	});

	it('covers the values and always 0', () => {
		expect(niceScale(0, 6415)).toEqual({ min: 0, max: 8000, ticks: [0, 2000, 4000, 6000, 8000] });
		expect(niceScale(-700, 3000)).toEqual({
			min: -1000,
			max: 3000,
			ticks: [-1000, 0, 1000, 2000, 3000]
		});
		expect(niceScale(0, 0).ticks).toEqual([0, 500, 1000]);
	});
});

describe('markedRuns', () => {
	it('groups consecutive marked hours', () => {
		const points = [0, 1, 2, 3, 4, 5, 6].map((h) => point(h, h, [1, 2, 5].includes(h)));
		expect(markedRuns(points, (p) => p.kroneForKrone)).toEqual([
			{ fromHours: 1, toHours: 2 },
			{ fromHours: 5, toHours: 5 }
		]);
		expect(markedRuns(points, () => false)).toEqual([]);
	});
});

describe('layoutGainChart', () => {
	const layout = layoutGainChart(curve, {
		width: 640,
		height: 300,
		chosenHours: 20,
		isMarked: (p) => p.kroneForKrone
	});

	it('draws one bar per hour inside the plot, tallest for the largest gain', () => {
		expect(layout.bars).toHaveLength(38);
		for (const bar of layout.bars) {
			expect(bar.x).toBeGreaterThanOrEqual(layout.plot.left);
			expect(bar.x + bar.width).toBeLessThanOrEqual(layout.plot.right + 1e-9);
			expect(bar.y + bar.height).toBeCloseTo(layout.zeroY);
		}
		expect(layout.bars[0]!.height).toBe(0);
		const heights = layout.bars.map((bar) => bar.height);
		expect(Math.max(...heights)).toBe(layout.bars[37]!.height);
		expect(layout.zeroY).toBe(layout.plot.bottom);
	});

	it('marks the chosen hour and the krone-for-krone band', () => {
		expect(layout.bars.filter((bar) => bar.chosen).map((bar) => bar.weeklyHours)).toEqual([20]);
		expect(layout.bars.filter((bar) => bar.marked)).toHaveLength(8);
		expect(layout.bands).toHaveLength(1);
		const band = layout.bands[0]!;
		expect(band).toMatchObject({ fromHours: 23, toHours: 30 });
		expect(band.x).toBeLessThanOrEqual(layout.bars[23]!.x);
		expect(band.x + band.width).toBeGreaterThanOrEqual(layout.bars[30]!.x + layout.bars[30]!.width);
	});

	it('labels every fifth hour and the y axis from 0 up', () => {
		expect(layout.xTicks.map((tick) => tick.value)).toEqual([0, 5, 10, 15, 20, 25, 30, 35]);
		expect(layout.yTicks.map((tick) => tick.value)).toEqual([0, 2000, 4000, 6000]);
		expect(layout.yTicks[0]!.position).toBe(layout.plot.bottom);
		expect(layout.yTicks.at(-1)!.position).toBe(layout.plot.top);
	});

	it('puts the zero line inside the plot when a job loses money', () => {
		const losing = layoutGainChart([point(0, 0), point(1, -600), point(2, 1400)], {
			width: 300,
			height: 200
		});
		expect(losing.zeroY).toBeGreaterThan(losing.plot.top);
		expect(losing.zeroY).toBeLessThan(losing.plot.bottom);
		expect(losing.bars[1]!.y).toBeCloseTo(losing.zeroY);
		expect(losing.bars[1]!.height).toBeGreaterThan(0);
		expect(losing.bars.every((bar) => !bar.chosen)).toBe(true);
	});

	it('rounds decimal hours to the nearest bar', () => {
		const layout375 = layoutGainChart(curve, { width: 390, height: 240, chosenHours: 37.4 });
		expect(layout375.bars.find((bar) => bar.chosen)?.weeklyHours).toBe(37);
	});
});
