package cn.jianwu.hall.publication;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Keeps the redacted text of the messages shown lately: the name finder segments every
 * text, and the public list asks for the same answers again and again while they do not
 * change. An entry is used only while subject, question and answer are what it was made
 * from; the least recently used go first.
 */
@Component
class RedactedTexts {

	static final int CAPACITY = 2_000;

	private final PublicMessageText text;

	private final Map<UUID, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<UUID, Entry> eldest) {
			return size() > CAPACITY;
		}
	};

	RedactedTexts(PublicMessageText text) {
		this.text = text;
	}

	PublicMessageText.Redacted of(PublishedMessageRepository.Row row) {
		int fingerprint = Objects.hash(row.subject(), row.body(), row.answer());
		synchronized (this.entries) {
			Entry entry = this.entries.get(row.id());
			if (entry != null && entry.fingerprint() == fingerprint) {
				return entry.redacted();
			}
		}
		PublicMessageText.Redacted redacted = this.text.redact(row.subject(), row.body(), row.answer());
		synchronized (this.entries) {
			this.entries.put(row.id(), new Entry(fingerprint, redacted));
		}
		return redacted;
	}

	private record Entry(int fingerprint, PublicMessageText.Redacted redacted) {
	}

}
