import type { Role } from "./permissions";

/** One account per role, seeded only when DEMO_ACCOUNTS=1; passwords are listed in the README. */
export const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role; password: string; regions: string[] }[] = [
  { username: "admin", displayName: "Administrator Portal", role: "administrator", password: "Admin#Klaster2019", regions: [] },
  { username: "kementerian", displayName: "Staf KemenPPPA", role: "ministry_staff", password: "Kemen#Klaster2019", regions: [] },
  {
    username: "lamsel",
    displayName: "Pejabat DPPPA Lampung Selatan",
    role: "regency_official",
    password: "Lamsel#Klaster2019",
    regions: ["18.01"],
  },
  {
    username: "lamtim",
    displayName: "Pejabat DPPPA Lampung Timur",
    role: "regency_official",
    password: "Lamtim#Klaster2019",
    regions: ["18.07"],
  },
  { username: "peneliti", displayName: "Peneliti Universitas Lampung", role: "researcher", password: "Peneliti#Klaster2019", regions: [] },
];
