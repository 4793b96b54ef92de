package astra.polymarket.ws;

/** Whatever one message of a WebSocket frame decoded to: an event, a control text, or an error. */
public sealed interface WsMessage permits MarketEvent, UserEvent, ControlFrame, UnknownEvent, DecodeError {}
