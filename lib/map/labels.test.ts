import { describe, expect, it } from "vitest";
import { placeLabels } from "./labels";

describe("placeLabels", () => {
  it("keeps the more important of two overlapping labels", () => {
    const labels = placeLabels(
      [
        { text: "Kota Guring", x: 100, y: 100, priority: 1 },
        { text: "Canti", x: 105, y: 104, priority: 10 },
        { text: "Kunjir", x: 300, y: 100, priority: 0 },
      ],
      800,
      14,
    );
    expect(labels.map((l) => l.text)).toEqual(["Canti", "Kunjir"]);
  });

  it("keeps labels inside the frame", () => {
    const [label] = placeLabels([{ text: "Hargo Pancuran", x: 795, y: 50, priority: 0 }], 800, 14);
    expect(label!.x + (14 * 0.55 * 14) / 2).toBeLessThanOrEqual(800);
  });
});
