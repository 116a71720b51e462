-- A chat page that lost its connection sends its unanswered messages again, each with the id it had the first
-- time. A message is stored (and its turn run) once per conversation and id; the bot's answer is stored under the
-- same id, so a copy sent again is answered from here, by whichever node receives it.
alter table conversation_messages add column client_message_id text;
create unique index conversation_messages_client_idx
    on conversation_messages (conversation_id, author, client_message_id) where client_message_id is not null;
