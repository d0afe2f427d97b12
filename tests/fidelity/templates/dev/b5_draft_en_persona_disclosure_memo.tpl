site: IETF-style Internet-Draft, htmlized (datatracker.example.org)
kind: rfc-memo
archive_kind: other
language: en
---
~ Datatracker
~ Groups
~ Documents
~ Meetings
~ Other
~ Sign in
~ draft-kessler-persona-disclosure-00
~ Versions: 00
~ Document type: Active Internet-Draft (individual)
~ Email authors · IPR · References · Referenced by · Nits · Search lists
@ Network Working Group                                       M. Kessler
@ Internet-Draft                                      Lakeside Institute
@ Intended status: Informational                                  T. Oyelaran
~ Expires: 12 September 2026                                  11 March 2026
= A Header Convention for Disclosing Conversational Agent Persona Settings
~ draft-kessler-persona-disclosure-00
Abstract

This memo describes an optional response header by which a service that
& exposes a conversational agent can state which persona configuration
& produced a reply. The goal is to let users and auditors tell apart
& changes in an agent's character from changes in the underlying model.

Status of This Memo

This Internet-Draft is submitted in full conformance with the provisions
& of BCP 78 and BCP 79. Internet-Drafts are draft documents valid for a
& maximum of six months and may be updated, replaced, or obsoleted by
& other documents at any time.

~ Table of Contents
~ 1.  Introduction  . . . . . . . . . . . . . . . . . . . . . . . .   2
~ 2.  The Persona-Config Header . . . . . . . . . . . . . . . . . .   2
~ 3.  Security Considerations . . . . . . . . . . . . . . . . . . .   3

1.  Introduction

Operators of conversational agents increasingly publish documents that
& describe the intended character of their agents: their values, their
& tone, and the situations in which they decline a request. When an
& agent's behaviour changes, users cannot currently tell whether the
& model, the persona document, or a per-service instruction was changed.

This memo proposes a lightweight way to make that visible. It does not
& define what a persona is, and it does not require operators to publish
& the persona text itself.

2.  The Persona-Config Header

A reply MAY carry a Persona-Config header whose value is an opaque
& identifier and a version, for example:

   Persona-Config: id="helpdesk-calm"; version=14

~ Kessler & Oyelaran        Expires 12 September 2026                [Page 2]
~ Internet-Draft            Persona Disclosure                    March 2026

Clients MUST NOT treat the identifier as a description of the agent's
& behaviour. Two identifiers that differ say only that something in the
& configuration changed.

3.  Security Considerations

Disclosing persona versions may help an attacker learn when a service
& updated its safety instructions. Operators that consider this a risk
& SHOULD round versions to coarse release numbers.

Authors' Addresses

@ Mara Kessler
@ Lakeside Institute
@ Email: mkessler@lakeside.example
@ Tunde Oyelaran
@ Email: t.oyelaran@example.net
~ Kessler & Oyelaran        Expires 12 September 2026                [Page 3]
