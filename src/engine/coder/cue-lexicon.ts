/**
 * Word lists the coder's features can lean on beyond the corpus's own words:
 * a cue named here generalises to phrasings the corpus lacks. They follow the
 * MITI 4.2.1 definitions as summarised in LABELLING.md; the model learns how
 * much each cue counts. A design choice, not a finding.
 */
export const CUES: Readonly<Record<string, readonly string[]>> = {
  reflectionStem: [
    'it sounds like', 'sounds like', 'it seems', 'seems like', 'you feel', "you're feeling", 'you are feeling', 'so you',
    "what i'm hearing", "i'm hearing", "you're saying", 'you said', "you've been", 'part of you', 'on the one hand',
    'on the other hand', 'you wish', "it's been", "you're not sure", "you're worried", "you're wondering", 'you mean',
  ],
  feeling: [
    'angry', 'frustrated', 'frustrating', 'upset', 'worried', 'scared', 'afraid', 'annoyed', 'furious', 'exhausted',
    'tired', 'hopeless', 'unfair', 'embarrassed', 'ashamed', 'anxious', 'stressed', 'overwhelmed', 'disappointed',
    'hurt', 'sad', 'lonely', 'stuck', 'fed up', 'let down', 'dismissed', 'ignored', 'betrayed', 'worn out', 'nervous',
  ],
  openStart: ['what', 'how', 'tell me', 'describe', 'walk me through', 'in what way', 'talk me through', 'why', 'help me understand'],
  closedStart: [
    'do', 'does', 'did', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'can', 'could', 'would', 'will', 'any',
    'anything', 'is there', 'are there', 'how many', 'how long', 'how often', 'when', 'where', 'which', 'who',
  ],
  permission: [
    'would it be ok', 'would it be okay', 'would it be alright', 'can i share', 'could i share', 'do you mind if',
    'would you like me to', 'is it alright if', 'is it ok if', 'is it okay if', 'may i', 'can i tell you', 'would you be open',
  ],
  advice: [
    'you should', 'you could try', 'you might', 'try', 'i recommend', "i'd recommend", 'i suggest', "i'd suggest",
    'you need to', 'you have to', 'make sure', 'avoid', 'stop', 'keep', 'best thing', 'you ought', "i'd like you to",
  ],
  information: [
    'research', 'studies', 'evidence', 'usually', 'most people', 'often', 'common', 'normal', 'means', 'because',
    'typically', 'generally', 'percent', 'the scan', 'x-ray', 'mri', 'tissue', 'nerve', 'nerves', 'muscle', 'muscles',
    'the body', 'the brain', 'guidelines', 'side effects', 'the dose', 'tends to', 'we know',
  ],
  negotiation: [
    'shall we', 'how about we', 'can we', "let's", 'we could', 'what would you like to', 'where would you like to',
    'focus on', 'today', 'agenda', 'first', 'for the rest of', 'spend some time', 'start with', 'come back to',
  ],
  options: [
    'options', 'option', 'either', 'or we could', 'a few ways', 'choices', 'choice', 'alternatively', 'another way',
    'some people', 'one thing', 'a couple of', 'up to you', 'your call', 'you choose', 'you decide',
  ],
  backchannel: [
    'um', 'uh', 'er', 'erm', 'mm', 'mm-hmm', 'mhm', 'uh-huh', 'hmm', 'okay', 'ok', 'right', 'yeah', 'yes', 'sure',
    'alright', 'great', 'thanks', 'thank you', 'hi', 'hello', 'morning', 'bye', 'cheers', 'sorry',
  ],
  understandClaim: ['i understand', 'i know how you feel', 'i know exactly', 'i totally get', 'i completely understand'],
  reassurance: ["don't worry", "you'll be fine", "it'll be fine", 'nothing to worry', "it's nothing serious", 'no need to worry', 'it will get better'],
  dismissal: ['not that bad', 'nothing wrong', 'all in your head', 'calm down', "it's just", 'only a', 'your scan is normal', 'the scan is normal', 'overreacting'],
  blame: ["that's not true", "you're wrong", 'you should have', 'your fault', 'if you had', "you didn't", "you haven't been", 'are you sure you', 'you just need'],
  defence: ['not my fault', 'not my department', 'our best', 'the system', 'policy', "i'm just", 'the rules', 'not up to me', 'nothing i can do', "that's not how"],
  affirmation: ['well done', 'you managed', 'that took', 'it took', "you've kept", 'that shows', 'credit', 'strength', 'you stuck', 'good on you', 'impressive', 'determined'],
  support: ["i'm here", "we'll work", 'together', "i'll be", 'not going anywhere', 'with you', "we'll figure", 'on your side', "i'll stick"],
  goals: ['what matters', 'important to you', 'able to do', 'goal', 'goals', 'hoping', 'hope', 'get back to', 'do again', 'look like for you'],
  barriers: ['get in the way', 'stops you', 'stop you', 'hard to', 'harder', 'barrier', 'difficult', 'makes it hard', 'the cost', 'the time', 'childcare', 'shifts'],
  limit: [
    "i'm not able to continue", 'if you keep', "i won't", 'need you to stop', 'i will have to', 'not okay', 'shouting', 'swearing',
    'lower your voice', 'take a break', 'step out', 'end the session', 'i need to stop',
  ],
  injustice: ['unfair', 'not fair', 'lost', 'taken from you', "didn't deserve", 'no one believed', 'nobody believed', 'treated', 'the claim', 'insurer', 'blamed'],
  validation: ['makes sense', 'understandable', 'real', 'of course', 'no wonder', 'anyone would', 'anybody would', "it's hard", 'that must be', 'must have been'],
  summary: ["let me see if i've got", 'to sum up', 'so far', 'let me check', 'have i got that right', "you've told me", 'pull together', 'did i get that', 'if i put that together'],
  jargon: [
    'degenerative', 'spondylosis', 'sensitisation', 'sensitization', 'nociception', 'nociceptive', 'proprioception', 'kinesiophobia',
    'biopsychosocial', 'lumbar', 'radiculopathy', 'neuropathic', 'facet', 'annular', 'disc desiccation', 'osteophytes', 'myofascial',
    'fibromyalgia', 'tendinopathy', 'central nervous system', 'hyperalgesia', 'allodynia', 'pathology', 'aetiology', 'etiology',
  ],
};
