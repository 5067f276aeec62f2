import { questionsCsv } from "@/lib/review/exports";
import { csvResponse } from "../csv-response";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return csvResponse(id, "questions", (data) => questionsCsv(data.review));
}
