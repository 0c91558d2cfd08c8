package cn.jianwu.hall.publication;

import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.api.publication.MessageStatistics;
import cn.jianwu.hall.api.publication.PublicMessage;
import cn.jianwu.hall.api.publication.PublicMessagePage;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/public/messages}: the answers the public may read, redacted; {@code GET
 * /api/public/messages/statistics}: a year's figures.
 */
@RestController
class PublicMessageController {

	private final PublishedMessageRepository messages;

	private final RedactedTexts texts;

	private final MessageStatisticsService statistics;

	PublicMessageController(PublishedMessageRepository messages, RedactedTexts texts,
			MessageStatisticsService statistics) {
		this.messages = messages;
		this.texts = texts;
		this.statistics = statistics;
	}

	@GetMapping("/api/public/messages")
	PublicMessagePage list(@RequestParam(required = false) MessageKind kind,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Paging paging = Paging.of(page, size);
		return new PublicMessagePage(this.messages.page(kind, paging).stream().map(this::published).toList(),
				this.messages.count(kind), paging.page(), paging.size());
	}

	@GetMapping("/api/public/messages/statistics")
	MessageStatistics statistics(@RequestParam(required = false) Integer year) {
		return this.statistics.of(year);
	}

	private PublicMessage published(PublishedMessageRepository.Row row) {
		PublicMessageText.Redacted redacted = this.texts.of(row);
		return new PublicMessage(row.id(), row.kind(), redacted.subject(), redacted.question(), redacted.answer(),
				row.department(), row.receivedAt(), row.answeredAt());
	}

}
