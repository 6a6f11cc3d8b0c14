// The command-line interface of interfaces.md. Exit 0 on success, 1 on rejected input
// (messages on stderr), 2 on usage errors. Runs against the configured database.
// The arguments are read first (lib/cli/args.ts): a usage error answers before the database
// and the modules behind the commands are loaded.
import { parseCli, USAGE, UsageError } from "@/lib/cli/args";

async function main(argv: string[]): Promise<number> {
  const command = parseCli(argv);
  const { runCommand } = await import("./cli-commands");
  return runCommand(command);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n${USAGE}`);
      process.exit(2);
    }
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
