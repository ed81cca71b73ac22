// The same /help answer for both peer bots: a markdown command list about as long as StudyBot's.
module.exports = [
  '**StudyBot commands**',
  'Commands start with `/`. Anything else is answered as a question about the guides.',
  '- `/help` — shows the commands',
  '- `/done <item-id> [note]` — records a completed checklist item',
  '- `/undo <item-id>` — removes that completion',
  '- `/progress [@user]` — your checklist with a percentage',
  '- `/checklist [track]` — items with their ids',
  '- `/today` — today\'s sessions and labs',
  '- `/ask <question>` — answer from the guides',
  '_Replies are in Korean unless your client\'s language is English._',
].join('\n');
