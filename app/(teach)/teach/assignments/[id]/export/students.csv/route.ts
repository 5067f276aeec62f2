import { studentsCsv } from "@/lib/review/exports";
import { csvResponse } from "../csv-response";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return csvResponse(request, id, "etudiants", (data, dialect) => studentsCsv(data.review, dialect));
}
