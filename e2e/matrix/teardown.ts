import postgres from "postgres";

/** Drops the matrix's own database (the server may be stopped with a signal that gives it no time to). */
export default async function teardown() {
  const url = process.env.MATRIX_DATABASE_URL;
  if (!url) return;
  const name = new URL(url).pathname.slice(1);
  if (!/^portal_matrix_\d+_\d+$/.test(name)) return;
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await sql.end();
  }
}
