"use client";
import { lazy, Suspense } from "react";
import type { PublicQuestion } from "@/lib/player/view-types";
import { NumericInput } from "./numeric-input";
import { QrmInput } from "./qrm-input";
import { QrocInput } from "./qroc-input";
import { QrpInput } from "./qrp-input";
import { QruInput } from "./qru-input";
import { TcsInput } from "./tcs-input";
import type { InputProps } from "./types";
import { ZoneInput } from "./zone-input";


// The ordering input (drag and drop) is the heaviest and rarest: its code loads only when a case uses it,
// which keeps the player's first load within its budget.
const OrderingInput = lazy(() => import("./ordering-input").then((m) => ({ default: m.OrderingInput })));
// The clinical-reasoning tasks are a few steps per case: their inputs load when one is reached.
const DifferentialInput = lazy(() => import("./differential-input").then((m) => ({ default: m.DifferentialInput })));
const RepresentationInput = lazy(() => import("./representation-input").then((m) => ({ default: m.RepresentationInput })));
const loading = <div className="h-24 animate-pulse rounded-md bg-slate-100" aria-hidden="true" />;

/** The input matching the question's type. */
export function QuestionInput(props: InputProps<PublicQuestion>) {
  const { question, ...rest } = props;
  switch (question.type) {
    case "qru":
      return <QruInput question={question} {...rest} />;
    case "qrm":
      return <QrmInput question={question} {...rest} />;
    case "qrp":
      return <QrpInput question={question} {...rest} />;
    case "qroc":
      return <QrocInput question={question} {...rest} />;
    case "numeric":
      return <NumericInput question={question} {...rest} />;
    case "ordering":
      return (
        <Suspense fallback={<div className="h-24 animate-pulse rounded-md bg-slate-100" aria-hidden="true" data-ordering-loading="" />}>
          <OrderingInput question={question} {...rest} />
        </Suspense>
      );
    case "tcs":
      return <TcsInput question={question} {...rest} />;
    case "zone":
      return <ZoneInput question={question} {...rest} />;
    case "representation":
      return (
        <Suspense fallback={loading}>
          <RepresentationInput question={question} {...rest} />
        </Suspense>
      );
    case "differential":
      return (
        <Suspense fallback={loading}>
          <DifferentialInput question={question} {...rest} />
        </Suspense>
      );
  }
}
