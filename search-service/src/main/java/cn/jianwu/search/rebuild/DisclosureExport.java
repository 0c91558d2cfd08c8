package cn.jianwu.search.rebuild;

import java.time.Duration;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The rebuild's source: disclosure-service's public export
 * ({@code GET /api/public/items/export}), the same redacted text its events carry.
 */
@Component
class DisclosureExport implements PublicItemSource {

	private final RestClient client;

	private final RebuildProperties properties;

	DisclosureExport(RebuildProperties properties) {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(Duration.ofSeconds(2));
		requests.setReadTimeout(properties.readTimeout());
		this.client = RestClient.builder().baseUrl(properties.sourceUrl()).requestFactory(requests).build();
		this.properties = properties;
	}

	@Override
	public Page page(String after, int size) {
		Page page = this.client.get()
			.uri((uri) -> uri.path("/api/public/items/export")
				.queryParam("size", size)
				.queryParamIfPresent("after", java.util.Optional.ofNullable(after))
				.build())
			.retrieve()
			.body(Page.class);
		if (page == null) {
			throw new IllegalStateException(
					"disclosure-service answered an empty export page from " + this.properties.sourceUrl());
		}
		return page;
	}

}
