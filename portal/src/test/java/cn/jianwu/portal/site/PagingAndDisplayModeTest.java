package cn.jianwu.portal.site;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class PagingAndDisplayModeTest {

	@Test
	void pagingShowsNeighboursFirstLastAndGaps() {
		Paging paging = Paging.of(7, 10, 200, 0, (page) -> "/p" + page);
		assertThat(paging.pages()).isEqualTo(20);
		assertThat(paging.links()).extracting(Paging.Link::number).containsExactly(1, null, 5, 6, 7, 8, 9, null, 20);
		assertThat(paging.links()).filteredOn(Paging.Link::current).extracting(Paging.Link::url).containsExactly("/p7");
		assertThat(paging.previousUrl()).isEqualTo("/p6");
		assertThat(paging.nextUrl()).isEqualTo("/p8");
		Paging one = Paging.of(1, 10, 0, 0, (page) -> "/p" + page);
		assertThat(one.multiple()).isFalse();
		assertThat(one.pages()).isEqualTo(1);
		assertThat(Paging.of(1, 10, 1_000_000, 1000, (page) -> "/p" + page).pages()).isEqualTo(1000);
	}

	@Test
	void theDisplaySwitchComesBackToThePageAndStaysOnThisSite() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search");
		request.setQueryString("q=%E7%BD%91&page=2");
		assertThat(DisplayMode.isLarge(request)).isFalse();
		assertThat(DisplayMode.toggleUrl(request)).isEqualTo("/search?q=%E7%BD%91&page=2&display=large");
		request.setCookies(new Cookie(DisplayMode.COOKIE, "large"));
		assertThat(DisplayMode.isLarge(request)).isTrue();
		assertThat(DisplayMode.toggleUrl(request)).endsWith("display=standard");
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/case-query");
		post.setQueryString("x=1");
		assertThat(DisplayMode.toggleUrl(post)).isEqualTo("/case-query?display=large");
		assertThat(DisplayMode.localPath("//evil.example/x")).isEqualTo("/evil.example/x");
		assertThat(DisplayMode.localPath("/\\evil.example")).isEqualTo("/evil.example");
		assertThat(DisplayMode.localPath("http://evil.example")).isEqualTo("/");
	}

}
