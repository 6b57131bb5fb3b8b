// The csv-spectrum corpus (max-mapper/csv-spectrum 2.0.0), kept beside the repository; see its SOURCE.md.
// A clone without it skips these cases.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { openSheet } from "../../src/input/read-rows.js";

const corpus = fileURLToPath(new URL("../../../shared/corpora/csv-spectrum/", import.meta.url));
const present = existsSync(`${corpus}csvs`);
const cases = present
  ? readdirSync(`${corpus}csvs`)
      .filter((name) => name.endsWith(".csv"))
      .map((name) => name.slice(0, -".csv".length))
  : [];

const readObjects = async (file: string): Promise<Record<string, string>[]> => {
  const sheet = await openSheet(file);
  const objects: Record<string, string>[] = [];
  for await (const { fields } of sheet.records()) {
    objects.push(Object.fromEntries(sheet.header.map((name, index) => [name, fields[index] ?? ""])));
  }
  return objects;
};

describe.skipIf(!present)("csv-spectrum corpus", () => {
  it("has its cases", () => {
    expect(cases).toHaveLength(12);
  });

  it.each(cases.filter((name) => name !== "location_coordinates"))(
    "%s equals its expected JSON",
    async (name) => {
      const expected = JSON.parse(readFileSync(`${corpus}json/${name}.json`, "utf8")) as unknown;
      expect(await readObjects(`${corpus}csvs/${name}.csv`)).toEqual(expected);
    },
  );

  // Upstream defect (csv-spectrum issue #20): bare quotes inside unquoted values, so the file is refused with
  // the place to fix, not guessed at.
  it("location_coordinates is refused at its bare quote", async () => {
    const file = `${corpus}csvs/location_coordinates.csv`;
    const error = await readObjects(file).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ file, line: 2, column: 2 });
  });
});
