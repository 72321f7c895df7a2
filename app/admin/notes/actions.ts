'use server';

import { formAction } from '@/lib/auth/form-action';
import { addNoteCommand, listNotesCommand, reopenNoteCommand, replyToNoteCommand, resolveNoteCommand } from '@/lib/newsroom/notes';

export const addNote = formAction(addNoteCommand);
export const replyToNote = formAction(replyToNoteCommand);
export const resolveNote = formAction(resolveNoteCommand);
export const reopenNote = formAction(reopenNoteCommand);
export const listNotes = formAction(listNotesCommand);
