import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Notice } from "./notices";

export function Notices({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: (id: string) => void }) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <div role="region" aria-label={t("errors.title")} style={{ display: "flex", flexDirection: "column", gap: 6 }}>
      {notices.map((n) => (
        <MessageBar key={n.id} intent={n.intent} layout="multiline" data-testid={`notice-${n.intent}`}>
          <MessageBarBody>
            {n.title ? <MessageBarTitle>{t(n.title, n.params)}</MessageBarTitle> : null}
            {t(n.key, n.params)}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                aria-label={t("errors.dismiss")}
                onClick={() => onDismiss(n.id)}
              >
                ×
              </Button>
            }
          />
        </MessageBar>
      ))}
    </div>
  );
}
