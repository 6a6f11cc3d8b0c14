// The pieces the comparison's grouped bars and radar need; loaded on demand by that page only.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
} from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend, RadarController, RadialLinearScale, PointElement, LineElement);

export { Chart };
