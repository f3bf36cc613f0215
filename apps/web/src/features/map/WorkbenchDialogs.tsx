import { t } from '../../i18n/catalogue.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { ImportDialog } from '../import/ImportDialog.tsx';
import { MergeDialog } from '../import/MergeDialog.tsx';
import { AnnotationForm } from './forms/AnnotationForm.tsx';
import { LinkForm } from './forms/LinkForm.tsx';
import { OrganisationForm } from './forms/OrganisationForm.tsx';
import { PersonForm } from './forms/PersonForm.tsx';
import { ViewForm } from './forms/ViewForm.tsx';
import { ParticipantsDialog } from './ParticipantsDialog.tsx';
import { TemplatesDialog } from './TemplatesDialog.tsx';
import type { MapWorkbench } from './use-map-workbench.ts';
import { viewHash } from './view-route.ts';

/** The form or dialog that is open, if any: one at a time. */
export function WorkbenchDialogs({ wb }: { wb: MapWorkbench }) {
  const { editor, close, finish } = wb;
  if (!editor) return null;
  const afterActorEdit = (id: string | null) => {
    finish();
    // a deleted actor cannot stay selected
    if (id === null) wb.onSelect(null);
  };
  switch (editor.kind) {
    case 'organisation':
      return (
        <Dialog
          variant="drawer"
          title={
            editor.id
              ? t.edit.organisation.editTitle(wb.actorLabel(editor.id) ?? '')
              : t.edit.organisation.createTitle
          }
          onClose={close}
        >
          <OrganisationForm id={editor.id} onDone={afterActorEdit} onCancel={close} />
        </Dialog>
      );
    case 'person':
      return (
        <Dialog
          variant="drawer"
          title={
            editor.id ? t.edit.person.editTitle(wb.actorLabel(editor.id) ?? '') : t.edit.person.createTitle
          }
          onClose={close}
        >
          <PersonForm id={editor.id} onDone={afterActorEdit} onCancel={close} />
        </Dialog>
      );
    case 'link':
      return (
        <Dialog
          variant="drawer"
          title={editor.id ? t.edit.link.editTitle : t.edit.link.createTitle}
          onClose={close}
        >
          <LinkForm
            id={editor.id}
            prefill={editor.prefill}
            actorLabel={wb.actorLabel}
            onDone={finish}
            onCancel={close}
          />
        </Dialog>
      );
    case 'participants':
      return wb.opgaveId ? <ParticipantsDialog opgaveId={wb.opgaveId} onClose={close} /> : null;
    case 'templates':
      return <TemplatesDialog onClose={close} />;
    case 'import':
      return <ImportDialog onClose={close} from={{ opgaveId: wb.opgaveId, level: wb.view.level }} />;
    case 'merge':
      return (
        <MergeDialog
          actor={editor.actor}
          onClose={close}
          onMerged={(into) => {
            finish();
            wb.onSelect(into);
          }}
        />
      );
    case 'annotation':
      return (
        <Dialog
          variant="drawer"
          title={editor.annotation ? t.notes.editTitle : t.notes.createTitle(editor.target?.label ?? '')}
          onClose={close}
        >
          <AnnotationForm
            annotation={editor.annotation}
            target={editor.target}
            opgaveId={wb.opgaveId}
            onDone={finish}
            onCancel={close}
          />
        </Dialog>
      );
    case 'view':
      return (
        <Dialog
          title={editor.view ? t.savedViews.editTitle(editor.view.name) : t.savedViews.createTitle}
          onClose={close}
        >
          <ViewForm
            view={editor.view}
            snapshot={wb.snapshot}
            onDone={(id) => {
              finish();
              // a new view becomes the open one, so its URL can be shared at once
              if (!editor.view) {
                const { opgaveId, filters, styling } = wb.snapshot();
                window.location.hash = viewHash({ id, opgaveId, filters, styling });
              }
            }}
            onCancel={close}
          />
        </Dialog>
      );
  }
}
