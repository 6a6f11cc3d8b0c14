// Only the pieces a scatter chart needs, loaded on demand by the page that draws one.
import { Chart, LinearScale, PointElement, ScatterController, Tooltip } from "chart.js";

Chart.register(ScatterController, PointElement, LinearScale, Tooltip);

export { Chart };
