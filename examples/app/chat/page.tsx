"use client";
import { useChat } from "@ai-sdk/react";
import { useState } from "react";

// The chat page: useChat posts every message of the chat to /api/chat with each request, so the route receives
// the whole conversation (see app/api/chat/route.ts).
export default function Chat() {
  const { messages, sendMessage } = useChat();
  const [input, setInput] = useState("");
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        sendMessage({ text: input });
        setInput("");
      }}
    >
      {messages.map((m) => (
        <p key={m.id}>{m.parts.map((p) => (p.type === "text" ? p.text : "")).join("")}</p>
      ))}
      <input value={input} onChange={(e) => setInput(e.target.value)} />
    </form>
  );
}
