import { RegionPicker, type RegionOption, type RegionPickerTexts } from "@/components/forms/region-picker";
import type { Metric } from "@/lib/map/metrics";
import type { MapParams } from "@/lib/map/params";

type Option = { value: string; label: string };

const MAP_LEVELS = ["province", "regency", "district"] as const;

export type ControlLabels = {
  round: string;
  rubric: string;
  colourBy: string;
  breaks: string;
  unit: string;
  show: string;
  groups: { summary: string; variables: string; indicators: string };
  breakOptions: Option[];
  unitOptions: Option[] | null;
};

/**
 * The pickers as a plain GET form: the URL keeps the round, rubric, colouring and breaks,
 * so a link (or a brief) shows the same map, and it works without JavaScript.
 */
export function MapControls(props: {
  params: MapParams;
  level: string | null;
  rounds: { code: string; name: string }[];
  round: string | null;
  versions: string[];
  version: string | null;
  metrics: (Metric & { label: string })[];
  metric: string;
  labels: ControlLabels;
  levelOption: RegionOption | null;
  levelPicker: RegionPickerTexts;
}) {
  const { labels: l, metrics } = props;
  const group = (kinds: Metric["kind"][]) => metrics.filter((m) => kinds.includes(m.kind));
  const groups = [
    { label: l.groups.summary, items: group(["stratum", "readiness", "index", "share"]) },
    { label: l.groups.variables, items: group(["variable"]) },
    { label: l.groups.indicators, items: group(["indicator"]) },
  ].filter((g) => g.items.length > 0);
  return (
    <form action="/map" className="card flex flex-wrap items-end gap-3" data-testid="map-controls">
      <div className="w-full sm:w-auto sm:min-w-64">
        <RegionPicker id="map-level" name="level" initial={props.levelOption} texts={props.levelPicker} levels={MAP_LEVELS} />
      </div>
      {props.params.view === "table" && <input type="hidden" name="view" value="table" />}
      {props.rounds.length > 0 && (
        <div>
          <label htmlFor="map-round" className="label">
            {l.round}
          </label>
          <select id="map-round" name="round" defaultValue={props.round ?? undefined} className="field">
            {props.rounds.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {props.version && (
        <div>
          <label htmlFor="map-rubric" className="label">
            {l.rubric}
          </label>
          <select id="map-rubric" name="rubric" defaultValue={props.version} className="field">
            {[...new Set([props.version, ...props.versions])].map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor="map-by" className="label">
          {l.colourBy}
        </label>
        <select id="map-by" name="by" defaultValue={props.metric} className="field max-w-72">
          {groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.items.map((m) => (
                <option key={m.key} value={m.key}>
                  {m.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="map-breaks" className="label">
          {l.breaks}
        </label>
        <select id="map-breaks" name="breaks" defaultValue={props.params.breaks ?? undefined} className="field">
          {l.breakOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      {l.unitOptions && (
        <div>
          <label htmlFor="map-unit" className="label">
            {l.unit}
          </label>
          <select id="map-unit" name="unit" defaultValue={props.params.unit} className="field">
            {l.unitOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <button className="btn" type="submit">
        {l.show}
      </button>
    </form>
  );
}
