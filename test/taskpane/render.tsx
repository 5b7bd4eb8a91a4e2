/** Renders pane components the way the pane does: inside the i18n and Fluent providers. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { I18nextProvider } from "react-i18next";
import { createI18n, formatters, type Lang } from "../../src/taskpane/i18n";

export function renderPane(ui: ReactElement, lang: Lang = "en-US") {
  const i18n = createI18n(lang);
  const result = render(
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme}>{ui}</FluentProvider>
    </I18nextProvider>,
  );
  return { ...result, i18n, fmt: formatters(lang) };
}
