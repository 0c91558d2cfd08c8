package cn.jianwu.platform.export;

import java.time.Duration;
import java.util.Optional;

import cn.jianwu.events.Channel;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * disclosure-service's public export of one channel
 * ({@code GET /api/public/items/export?channel=}): the current revision of every
 * published public item that chose the channel, with the same redacted text its events
 * carry. Open like the rest of {@code /api/public/}: no token.
 */
public class DisclosureExport implements PublicItemSource {

	private final RestClient client;

	private final String baseUrl;

	private final Channel channel;

	/**
	 * @param baseUrl disclosure-service's base address ({@code DISCLOSURE_URL})
	 * @param channel whose items are read
	 * @param readTimeout how long one page may take
	 */
	public DisclosureExport(String baseUrl, Channel channel, Duration readTimeout) {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(Duration.ofSeconds(2));
		requests.setReadTimeout(readTimeout);
		this.client = RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
		this.baseUrl = baseUrl;
		this.channel = channel;
	}

	@Override
	public Page page(String after, int size) {
		Page page = this.client.get()
			.uri((uri) -> uri.path("/api/public/items/export")
				.queryParam("channel", this.channel.id())
				.queryParam("size", size)
				.queryParamIfPresent("after", Optional.ofNullable(after))
				.build())
			.retrieve()
			.body(Page.class);
		if (page == null) {
			throw new IllegalStateException("disclosure-service answered an empty export page from " + this.baseUrl);
		}
		return page;
	}

}
