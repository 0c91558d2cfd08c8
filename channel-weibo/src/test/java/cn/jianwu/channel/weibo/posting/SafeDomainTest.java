package cn.jianwu.channel.weibo.posting;

import cn.jianwu.channel.support.PermanentChannelException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SafeDomainTest {

	@Test
	void acceptsTheDomainAndItsSubdomains() {
		SafeDomain domain = new SafeDomain("JCY.example.gov.cn");
		assertThat(domain.check("https://jcy.example.gov.cn/items/1")).isEqualTo("https://jcy.example.gov.cn/items/1");
		assertThat(domain.check("http://www.jcy.example.gov.cn:8080/items/1")).isNotNull();
		assertThat(new SafeDomain("localhost").check("http://localhost:8080/items/1")).isNotNull();
	}

	@Test
	void refusesOtherHostsLookalikesAndNonWebLinks() {
		SafeDomain domain = new SafeDomain("jcy.example.gov.cn");
		for (String link : new String[] { "https://evil.example.com/items/1", "https://notjcy.example.gov.cn/items/1",
				"https://jcy.example.gov.cn.evil.com/items/1", "ftp://jcy.example.gov.cn/items/1", "items/1",
				"http://jcy.example.gov.cn /items" }) {
			assertThatThrownBy(() -> domain.check(link)).isInstanceOf(PermanentChannelException.class)
				.hasMessageContaining("安全域名");
		}
		assertThatThrownBy(() -> domain.check(null)).isInstanceOf(PermanentChannelException.class)
			.hasMessageContaining("门户网址");
	}

}
