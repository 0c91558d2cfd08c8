/**
 * What channel-wechat and hall-service tell each other about messages written on WeChat.
 */
package cn.jianwu.hall.api.wechat;
