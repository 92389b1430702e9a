// Field problems named by the API's paths ("targeting.where.rules[0].value"), whether the
// server reported them or the editor found them before sending.
import { ApiError, type FieldError } from "../api.js";

// The first message for `path` or anything below it (`value[1]`, `value.daysAgo`).
export function messageAt(errors: readonly FieldError[] | undefined, path: string): string | undefined {
  if (!errors) return undefined;
  const below = (field: string) => field === path || field.startsWith(path + ".") || field.startsWith(path + "[");
  return errors.find((error) => below(error.field))?.message;
}

// Problems found before sending, shaped as the server's 400 so fields show them alike.
export function localProblem(errors: FieldError[]): ApiError {
  return new ApiError(400, "Some fields need attention", "", errors, null);
}

// A path as a maker reads it: "steps[1].buttons[0].url" -> "Steps 2 › buttons 1 › url".
export function describePath(path: string): string {
  const words = path
    .replace(/^targeting\./, "")
    .replace(/\[(\d+)\]/g, (_, n: string) => ` ${Number(n) + 1}`)
    .split(".")
    .map((part) => part.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/_/g, " ").toLowerCase());
  const text = words.join(" › ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
