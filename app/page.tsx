import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/dal/session";

/** Sends each role to its own space. */
export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  if (user.role === "admin") redirect("/admin/users");
  if (user.role === "instructor") redirect("/teach");
  redirect("/cases");
}
