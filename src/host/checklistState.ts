import type { ChecklistAnswers } from '../core/checklist/types';

/**
 * The "Should I Decline?" answers the person last gave (in the sidebar or the palette flow),
 * shared: the checklist feature writes them; New Decline Draft and Log This Decision read them,
 * so nobody types the company, role and names twice. Kept in memory for the window only.
 */
export class ChecklistState {
  private value: ChecklistAnswers | undefined;

  get answers(): ChecklistAnswers | undefined {
    return this.value;
  }

  set(answers: ChecklistAnswers | undefined): void {
    this.value = answers;
  }
}
