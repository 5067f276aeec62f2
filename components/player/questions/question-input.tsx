"use client";
import type { PublicQuestion } from "@/lib/player/view-types";
import { NumericInput } from "./numeric-input";
import { OrderingInput } from "./ordering-input";
import { QrmInput } from "./qrm-input";
import { QrocInput } from "./qroc-input";
import { QrpInput } from "./qrp-input";
import { QruInput } from "./qru-input";
import { TcsInput } from "./tcs-input";
import type { InputProps } from "./types";
import { ZoneInput } from "./zone-input";

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
      return <OrderingInput question={question} {...rest} />;
    case "tcs":
      return <TcsInput question={question} {...rest} />;
    case "zone":
      return <ZoneInput question={question} {...rest} />;
  }
}
