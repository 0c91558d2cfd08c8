package cn.jianwu.channel.bulletin.screens;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the hall screens are kept fed.
 *
 * @param heartbeat how often each connected screen is pinged, which also records it as
 * online; the display page reconnects when it hears nothing for three of these
 * @param onlineTimeout a screen not heard of for this long counts as away
 * @param changePoll how often changes made by another instance (or by the withdrawal
 * listener) are forwarded to the screens connected here
 * @param streamTimeout how long one event stream stays open; the page then reconnects and
 * gets a fresh snapshot
 * @param maxItems the most items one screen rolls through
 * @param reconnectGrace how long a post that reached no screen waits for a screen that
 * has just left (its stream being recycled, see {@code streamTimeout}) to come back; the
 * snapshot it gets then carries the item, so it counts as shown. Must stay below the
 * screens channel's {@code timeout}.
 * @param reconnectPoll how often the presence is looked at during that wait
 */
@ConfigurationProperties("jianwu.screens")
record ScreensProperties(@DefaultValue("15s") Duration heartbeat, @DefaultValue("45s") Duration onlineTimeout,
		@DefaultValue("500ms") Duration changePoll, @DefaultValue("30m") Duration streamTimeout,
		@DefaultValue("100") int maxItems, @DefaultValue("10s") Duration reconnectGrace,
		@DefaultValue("250ms") Duration reconnectPoll) {
}
