import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "../client";
import { auditLog, userRegions, users } from "../schema";

/** Creates the demo accounts that do not exist yet; never resets one an administrator changed. */
export async function seedDemoAccounts(db: Db): Promise<number> {
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    const passwordHash = await hashPassword(account.password);
    await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ username: account.username, displayName: account.displayName, role: account.role, passwordHash })
        .onConflictDoNothing({ target: users.username })
        .returning({ id: users.id });
      if (!user) return;
      created++;
      if (account.regions.length) {
        await tx.insert(userRegions).values(account.regions.map((regionCode) => ({ userId: user.id, regionCode })));
      }
      await tx.insert(auditLog).values({
        actorUsername: "system",
        action: "account.create",
        entityType: "user",
        entityId: String(user.id),
        after: { username: account.username, role: account.role, regions: account.regions, active: true, demo: true },
      });
    });
  }
  return created;
}
